package dev.rustvsgo.contradiction;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ClaimContradictionRepository extends Repository<ClaimContradictionEntity, Long> {

	List<ClaimContradictionEntity> findAllByOrderByIdAsc();

}
