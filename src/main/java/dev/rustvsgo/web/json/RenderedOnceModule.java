package dev.rustvsgo.web.json;

import com.github.benmanes.caffeine.cache.Cache;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * A Jackson module that writes the instances of every {@link RenderedOnce} type from JSON
 * rendered once per instance ({@link RenderedOnceSerializer}). The kept JSON is held in a
 * cache with weak keys (compared by identity), so it goes with the instances, and bounded
 * by the characters it holds.
 */
public final class RenderedOnceModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	private final transient Cache<Object, SerializedString> rendered;

	/**
	 * @param rendered where the JSON of each instance is kept: weak keys (so compared by
	 * identity), bounded as its owner decides
	 */
	public RenderedOnceModule(Cache<Object, SerializedString> rendered) {
		super(RenderedOnceModule.class.getSimpleName());
		this.rendered = rendered;
		setSerializerModifier(new Modifier(rendered));
	}

	/** The kept JSON, by instance. */
	Cache<Object, SerializedString> rendered() {
		return this.rendered;
	}

	private static final class Modifier extends ValueSerializerModifier {

		private static final long serialVersionUID = 1L;

		private final transient Cache<Object, SerializedString> rendered;

		Modifier(Cache<Object, SerializedString> rendered) {
			this.rendered = rendered;
		}

		@Override
		@SuppressWarnings("unchecked")
		public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier description,
				ValueSerializer<?> serializer) {
			if (description.getBeanClass().isAnnotationPresent(RenderedOnce.class)) {
				return new RenderedOnceSerializer<>((ValueSerializer<Object>) serializer, this.rendered);
			}
			return serializer;
		}

	}

}
