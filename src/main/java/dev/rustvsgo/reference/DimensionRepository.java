package dev.rustvsgo.reference;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

interface DimensionRepository extends Repository<DimensionEntity, Long> {

	List<DimensionEntity> findAll(Sort sort);

}
