package reference;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DimensionController {

	private final DimensionRepository repository;

	DimensionController(DimensionRepository repository) {
		this.repository = repository;
	}

	@GetMapping("/api/dimensions")
	List<Dimension> dimensions() {
		return this.repository.findAll();
	}

}
