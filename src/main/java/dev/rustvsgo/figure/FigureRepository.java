package dev.rustvsgo.figure;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface FigureRepository extends Repository<FigureEntity, Long>, JpaSpecificationExecutor<FigureEntity> {

	@Override
	Page<FigureEntity> findAll(Specification<FigureEntity> specification, Pageable pageable);

	List<FigureEntity> findAll(Sort sort);

	@Query("SELECT DISTINCT f.metric FROM FigureEntity f ORDER BY f.metric")
	List<String> findMetrics();

}
