package dev.rustvsgo.claim;

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
			+ "from ClaimEntity c group by c.dimensionId")
	List<DimensionClaimCount> countByDimension();

	record DimensionClaimCount(Long dimensionId, long claims) {
	}

}
