package dev.rustvsgo.claim;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

interface ClaimRepository extends Repository<ClaimEntity, Long>, JpaSpecificationExecutor<ClaimEntity> {

	@Override
	List<ClaimEntity> findAll(Specification<ClaimEntity> specification, Sort sort);

	Optional<ClaimEntity> findById(Long id);

}
