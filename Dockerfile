# Container image for rust-vs-go-api: build with the Maven Wrapper, split the jar into Spring Boot
# layers, train a JDK 25 AOT cache, run as a non-root user. The JVM options live in
# scripts/jvm.options (a `java @argfile`, each option explained there), which the training run and
# the ENTRYPOINT both read.
#
# KEEP IN SYNC with scripts/container-smoke.sh. That script replays this recipe without Docker and
# reads its commands from this file: the `RUN ./mvnw ... package` and `RUN java ... -XX:AOTCacheOutput=`
# instructions (each up to its first `&&`), the `RUN java -Djarmode=tools` line, the runtime stage's
# COPY lines (in order: `COPY --from=build /build/extracted/...` layers and `COPY <file> ./` from the
# build context) and the exec-form ENTRYPOINT. Keep them in this shape, without shell quoting or
# variables, and add no ENV/ARG without teaching the script to replay them (it refuses them), so CI
# exercises exactly what the image runs.
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

# Sources, the Flyway migrations the POM packages onto the class path as db/migration, and the archived
# articles it packages as sources/ (served at /api/sources/{slug}/text).
COPY src/ src/
COPY db/ db/
COPY docs/sources/ docs/sources/
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

# The JVM options (scripts/jvm.options explains each); .dockerignore lets this one file of scripts/
# into the build context.
COPY scripts/jvm.options ./

# AOT cache training run (JDK 25: JEPs 483, 514, 515): start the application against the embedded H2
# database, stop once the context has refreshed, and write app.aot (classes loaded and linked, plus
# method profiles). It must run on this image, with this class path, in this directory, and it uses
# the ENTRYPOINT's options (the same argfile). Files stay owned by root and read-only for the app
# user; Tomcat's scratch directories are removed.
RUN java @jvm.options -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar application.jar \
    && rm -rf /tmp/tomcat* /tmp/hsperfdata_*

USER 10001:10001
# 8080: the API and the probes (/livez, /readyz). 8081: the actuator (health, info, Prometheus metrics),
# for the orchestrator's network only; do not publish it.
EXPOSE 8080 8081

# `@jvm.options` is read from the working directory (/application). Heap sizing, Spring AOT mode
# and the rest: see scripts/jvm.options. The exec form makes java PID 1, so it receives SIGTERM.
# Extra flags: set JAVA_TOOL_OPTIONS. Configuration: SPRING_DATASOURCE_URL etc., see docs/deployment.md.
ENTRYPOINT ["java", "@jvm.options", "-XX:AOTCache=app.aot", "-jar", "application.jar"]
