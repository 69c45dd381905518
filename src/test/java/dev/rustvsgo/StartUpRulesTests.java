package dev.rustvsgo;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import dev.rustvsgo.claim.ClaimQueries;
import dev.rustvsgo.verdict.VerdictQueries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ScannedGenericBeanDefinition;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules that keep work out of start-up, which issue 5 limits to 2.5 s with the AOT cache
 * (docs/performance.md), each worth about 0.2 s there.
 */
class StartUpRulesTests {

	/**
	 * Every method of the application's Spring Data repositories is one that
	 * {@link SimpleJpaRepository} implements with a JPA Criteria query: no derived query
	 * methods ({@code findAllByOrderBy...}) and no JPQL strings ({@code @Query}). Both
	 * are turned into query text that Hibernate parses with its HQL grammar, which is
	 * costly to load and warm up.
	 */
	@Test
	void repositoriesDeclareOnlyMethodsImplementedWithCriteriaQueries() throws Exception {
		List<Class<?>> repositories = applicationClasses(new AssignableTypeFilter(Repository.class));
		assertThat(repositories).extracting(Class::getSimpleName)
			.containsExactlyInAnyOrder("ClaimRepository", "DimensionRepository", "SourceRepository",
					"VerdictRepository");
		for (Class<?> repository : repositories) {
			for (Method method : repository.getMethods()) {
				assertThat(ReflectionUtils.findMethod(SimpleJpaRepository.class, method.getName(),
						method.getParameterTypes()))
					.as("%s.%s is not implemented by SimpleJpaRepository", repository.getSimpleName(), method.getName())
					.isNotNull();
				assertThat(method.isAnnotationPresent(Query.class))
					.as("%s.%s has a JPQL @Query", repository.getSimpleName(), method.getName())
					.isFalse();
			}
		}
	}

	/**
	 * No application class uses {@code @Transactional}: application.properties excludes
	 * the auto-configuration whose advisor would apply it (and check every method of
	 * every bean at start-up), so the annotation would be silently ignored.
	 */
	@Test
	void applicationClassesDeclareNoTransactions() throws Exception {
		List<Class<?>> classes = applicationClasses((reader, factory) -> true);
		assertThat(classes).contains(ClaimQueries.class, VerdictQueries.class, RustVsGoApplication.class);
		for (Class<?> type : classes) {
			assertThat(AnnotatedElementUtils.hasAnnotation(type, Transactional.class)).as("%s is @Transactional", type)
				.isFalse();
			for (Method method : type.getDeclaredMethods()) {
				assertThat(AnnotatedElementUtils.hasAnnotation(method, Transactional.class))
					.as("%s.%s is @Transactional", type.getSimpleName(), method.getName())
					.isFalse();
			}
		}
	}

	/**
	 * The application's own types (not the tests'), interfaces included, that match the
	 * filter.
	 */
	private static List<Class<?>> applicationClasses(TypeFilter filter) throws Exception {
		String mainClasses = RustVsGoApplication.class.getProtectionDomain().getCodeSource().getLocation().toString();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}

		};
		scanner.addIncludeFilter(filter);
		List<Class<?>> classes = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents(RustVsGoApplication.class.getPackageName())) {
			if (((ScannedGenericBeanDefinition) definition).getResource().getURL().toString().startsWith(mainClasses)) {
				classes
					.add(ClassUtils.forName(definition.getBeanClassName(), StartUpRulesTests.class.getClassLoader()));
			}
		}
		return classes;
	}

}
