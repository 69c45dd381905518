package dev.rustvsgo.claim;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ClaimRepository extends Repository<ClaimEntity, Long>, JpaSpecificationExecutor<ClaimEntity> {

	@Override
	List<ClaimEntity> findAll(Specification<ClaimEntity> specification, Sort sort);

	@Query("select new dev.rustvsgo.claim.ClaimRepository$DimensionClaimCount(c.dimensionId, count(c)) "
			+ "from ClaimEntity c where c.dimensionId in :dimensionIds group by c.dimensionId")
	List<DimensionClaimCount> countByDimension(Collection<Long> dimensionIds);

	record DimensionClaimCount(Long dimensionId, long claims) {
	}

}
