package dev.rustvsgo.reference;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

interface SourceRepository extends Repository<SourceEntity, Long> {

	List<SourceEntity> findAll(Sort sort);

}
