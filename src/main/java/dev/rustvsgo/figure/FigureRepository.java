package dev.rustvsgo.figure;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

interface FigureRepository extends Repository<FigureEntity, Long> {

	List<FigureEntity> findAll(Sort sort);

}
