package reference;

import org.springframework.data.jpa.repository.JpaRepository;

interface DimensionRepository extends JpaRepository<Dimension, String> {

}
