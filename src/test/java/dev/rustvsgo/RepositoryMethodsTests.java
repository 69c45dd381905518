package dev.rustvsgo;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.data.repository.Repository;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every method of the application's Spring Data repositories is one that
 * {@link SimpleJpaRepository} implements with a JPA Criteria query: no derived query
 * methods ({@code findAllByOrderBy...}) and no JPQL strings ({@code @Query}). Both are
 * turned into query text that Hibernate parses with its HQL grammar, and loading and
 * warming up that parser cost about 0.2 s of the start-up that issue 5 limits to 2.5 s
 * (docs/performance.md).
 */
class RepositoryMethodsTests {

	@Test
	void repositoriesDeclareOnlyMethodsImplementedWithCriteriaQueries() throws ClassNotFoundException {
		List<Class<?>> repositories = repositories();
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

	private static List<Class<?>> repositories() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface();
			}

		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
		List<Class<?>> repositories = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents(RustVsGoApplication.class.getPackageName())) {
			repositories
				.add(ClassUtils.forName(definition.getBeanClassName(), RepositoryMethodsTests.class.getClassLoader()));
		}
		return repositories;
	}

}
