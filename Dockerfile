# Container image for rust-vs-go-api: build with the Maven Wrapper, split the jar into Spring Boot
# layers, train a JDK 25 AOT cache, run as a non-root user.
#
# KEEP IN SYNC with scripts/container-smoke.sh. That script replays this recipe without Docker and
# reads its commands from this file: the `RUN ./mvnw ... package` and `RUN java -XX:AOTCacheOutput=`
# instructions (each up to its first `&&`), the `RUN java -Djarmode=tools` line, the
# `COPY --from=build /build/extracted/...` lines (in order) and the exec-form ENTRYPOINT. Keep them
# in this shape, without shell quoting or variables, and add no ENV/ARG without teaching the script
# to replay them (it refuses them), so CI exercises exactly what the image runs.
#
# Layout: `extract --layers` without `--launcher` gives lib/*.jar plus an application.jar whose
# manifest Class-Path points at lib/. Every class then comes from a plain jar on the class path,
# which is what the JDK AOT cache can store; with `--launcher` the Spring Boot loader reads nested
# jars through its own class loader and a smaller share of classes comes from the cache (measured
# in docs/deployment.md).

# ---- build: compile and package with the Maven Wrapper ------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# Wrapper and POM first: this layer (Maven itself and the dependencies) is rebuilt only when they change.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q dependency:go-offline

# Sources, and the Flyway migrations the POM packages onto the class path as db/migration.
COPY src/ src/
COPY db/ db/
RUN ./mvnw -B -Dmaven.test.skip=true package && cp target/rust-vs-go-api-*.jar application.jar

# Split the uber jar into the four Spring Boot layers (dependencies, spring-boot-loader,
# snapshot-dependencies, application) under extracted/.
RUN java -Djarmode=tools -jar application.jar extract --layers --application-filename application.jar --destination extracted

# ---- runtime ------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
WORKDIR /application

# Fixed numeric ids so Kubernetes can enforce runAsNonRoot.
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin app

# One COPY per layer, least to most frequently changing, so unchanged dependency layers stay cached.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

# AOT cache training run (JDK 25: JEPs 483, 514, 515): start the application against the embedded H2
# database, stop once the context has refreshed, and write app.aot (classes loaded and linked, plus
# method profiles). It must run on this image, with this class path, in this directory. Files stay
# owned by root and read-only for the app user; Tomcat's scratch directories are removed.
RUN java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -Dspring.aot.enabled=true -XX:InitialRAMPercentage=12.5 -XX:MaxRAMPercentage=50.0 -XX:NewRatio=1 -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError -jar application.jar \
    && rm -rf /tmp/tomcat* /tmp/hsperfdata_*

USER 10001:10001
EXPOSE 8080

# Heap sized from the container memory limit (container support is on by default): at most half of
# it, leaving room for the mapped AOT cache (~130 MB), metaspace and code cache. The initial heap must
# hold the cache's archived heap objects: with the JVM's default 1.6 % of a small limit the JVM
# refuses to start ("archived heap objects cannot be loaded"), hence InitialRAMPercentage; 12.5 %
# (48 MB of 384 MB) holds them and lets the heap grow only as far as the load needs.
# TrimNativeHeapInterval returns memory the JIT compilers freed to the OS every 5 s (malloc_trim):
# under a 384 MiB limit this and the smaller initial heap took the resident size after the benchmark
# load from about 323 MB to about 294 MB (one run each, docs/performance.md has the benchmark's figure).
# NewRatio=1 gives the young generation half the heap instead of a third. With SerialGC (what the JVM
# picks under a small limit) and a third, the survivor spaces were 1.6 MB: under load, objects of
# requests in flight overflowed them into the old generation, which grew without a full collection
# (93 MB of it filled after 150 s of wrk, 33 MB of it live) and the resident size reached 301-311 MB.
# With NewRatio=1, the same load left 40 MB in the old generation and a resident size of 262 MB.
# Die on OutOfMemoryError so the orchestrator restarts the container instead of leaving it half-alive.
# -Dspring.aot.enabled=true uses the bean definitions Spring AOT generated at build time (the
# process-aot goal in pom.xml) instead of parsing configuration classes at start-up; with the AOT cache
# it is the fastest start measured (docs/performance.md). Conditions on beans were settled at build
# time, so the image has no profiles; every setting still comes from the environment at run time.
# Extra flags: set JAVA_TOOL_OPTIONS. Configuration: SPRING_DATASOURCE_URL etc., see docs/deployment.md.
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-XX:InitialRAMPercentage=12.5", "-XX:MaxRAMPercentage=50.0", "-XX:NewRatio=1", "-XX:TrimNativeHeapInterval=5000", "-XX:+ExitOnOutOfMemoryError", "-XX:AOTCache=app.aot", "-jar", "application.jar"]
