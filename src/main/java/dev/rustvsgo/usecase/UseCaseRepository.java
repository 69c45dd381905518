package dev.rustvsgo.usecase;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface UseCaseRepository extends Repository<UseCaseEntity, Long> {

	List<UseCaseEntity> findAllByOrderByPositionAsc();

	Optional<UseCaseEntity> findBySlug(String slug);

}
