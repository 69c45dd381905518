package dev.rustvsgo.adopter;

import java.util.List;

import org.springframework.data.repository.Repository;

interface OrganisationRepository extends Repository<OrganisationEntity, Long> {

	List<OrganisationEntity> findAllByOrderBySlugAsc();

}
