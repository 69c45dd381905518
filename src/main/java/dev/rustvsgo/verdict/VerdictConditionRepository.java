package dev.rustvsgo.verdict;

import java.util.List;

import org.springframework.data.repository.Repository;

interface VerdictConditionRepository extends Repository<VerdictConditionEntity, Long> {

	List<VerdictConditionEntity> findAllByOrderByVerdictIdAscPositionAsc();

}
