package dev.rustvsgo.claim;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

interface ClaimRepository extends Repository<ClaimEntity, Long> {

	List<ClaimEntity> findAll(Sort sort);

}
