package dev.rustvsgo.usecase;

import java.util.List;

import org.springframework.data.repository.Repository;

interface UseCaseRepository extends Repository<UseCaseEntity, Long> {

	List<UseCaseEntity> findAllByOrderByPositionAsc();

}
