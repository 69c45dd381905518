package dev.rustvsgo.usecase;

import java.util.List;

import org.springframework.data.repository.Repository;

interface RecommendationRepository extends Repository<RecommendationEntity, Long> {

	List<RecommendationEntity> findAllByOrderByIdAsc();

}
