package dev.rustvsgo.adopter;

import java.util.List;

import org.springframework.data.repository.Repository;

interface AdoptionRepository extends Repository<AdoptionEntity, Long> {

	List<AdoptionEntity> findAllByOrderByIdAsc();

}
