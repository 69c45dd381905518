package dev.rustvsgo.verdict;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

interface VerdictRepository extends Repository<VerdictEntity, Long> {

	List<VerdictEntity> findAll(Sort sort);

}
