package dev.rustvsgo.verdict;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

interface VerdictRepository extends Repository<VerdictEntity, Long>, JpaSpecificationExecutor<VerdictEntity> {

	@Override
	List<VerdictEntity> findAll(Specification<VerdictEntity> specification, Sort sort);

}
