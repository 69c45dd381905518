package dev.rustvsgo.verdict;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface VerdictRepository extends Repository<VerdictEntity, Long>, JpaSpecificationExecutor<VerdictEntity> {

	@Override
	List<VerdictEntity> findAll(Specification<VerdictEntity> specification, Sort sort);

	@Query("select new dev.rustvsgo.verdict.VerdictRepository$WinnerCount(v.dimensionId, v.winner, count(v)) "
			+ "from VerdictEntity v where v.dimensionId in :dimensionIds group by v.dimensionId, v.winner")
	List<WinnerCount> countByDimensionAndWinner(Collection<Long> dimensionIds);

	record WinnerCount(Long dimensionId, Winner winner, long verdicts) {
	}

}
