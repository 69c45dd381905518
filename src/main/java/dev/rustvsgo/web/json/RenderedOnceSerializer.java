package dev.rustvsgo.web.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import com.github.benmanes.caffeine.cache.Cache;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.PropertyWriter;

/**
 * Writes an instance of a {@link RenderedOnce} type from the JSON its Jackson serializer
 * (the delegate) rendered the first time, kept in a cache keyed by the instance's
 * identity. Output that depends on more than the instance is always rendered by the
 * delegate: a pretty printer, an active JSON view, a contextual variant of the serializer
 * (for a property's format or ignored properties), type information, and generators that
 * build trees rather than text.
 *
 * @param <T> the type written
 */
final class RenderedOnceSerializer<T> extends ValueSerializer<T> {

	private final ValueSerializer<T> delegate;

	private final Cache<Object, SerializedString> rendered;

	RenderedOnceSerializer(ValueSerializer<T> delegate, Cache<Object, SerializedString> rendered) {
		this.delegate = delegate;
		this.rendered = rendered;
	}

	@Override
	public void serialize(T value, JsonGenerator generator, SerializationContext context) {
		if (!reusable(generator, context)) {
			this.delegate.serialize(value, generator, context);
			return;
		}
		SerializedString json = this.rendered.getIfPresent(value);
		if (json == null) {
			// Rendered outside the cache's own computation: the value's properties may
			// be rendered-once values themselves, which a nested computation of the same
			// cache does not allow. Two threads rendering one value at once both keep
			// identical JSON.
			json = render(value, context);
			this.rendered.put(value, json);
		}
		generator.writeRawValue(json);
	}

	private SerializedString render(T value, SerializationContext context) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
		try (JsonGenerator fragment = context.createGenerator(bytes)) {
			this.delegate.serialize(value, fragment, context);
		}
		return new SerializedString(bytes.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Whether the kept JSON is what the delegate would write here: JSON text (not a token
	 * buffer or a tree) without indentation, without escapes of its own and without a
	 * JSON view, as the application's message converter writes it.
	 */
	private static boolean reusable(JsonGenerator generator, SerializationContext context) {
		return (generator instanceof JsonGeneratorBase json) && json.getPrettyPrinter() == null
				&& json.getCharacterEscapes() == null && !json.isEnabled(JsonWriteFeature.ESCAPE_NON_ASCII)
				&& context.getActiveView() == null;
	}

	@Override
	public void serializeWithType(T value, JsonGenerator generator, SerializationContext context,
			TypeSerializer typeSerializer) {
		this.delegate.serializeWithType(value, generator, context, typeSerializer);
	}

	@Override
	public void resolve(SerializationContext context) {
		this.delegate.resolve(context);
	}

	@Override
	public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
		ValueSerializer<?> contextual = this.delegate.createContextual(context, property);
		// A variant made for this property (its own format or ignored properties) writes
		// other JSON than the kept one.
		return (contextual == this.delegate) ? this : contextual;
	}

	@Override
	public Class<?> handledType() {
		return this.delegate.handledType();
	}

	@Override
	public boolean usesObjectId() {
		return this.delegate.usesObjectId();
	}

	@Override
	public boolean isEmpty(SerializationContext context, T value) {
		return this.delegate.isEmpty(context, value);
	}

	@Override
	public ValueSerializer<?> getDelegatee() {
		return this.delegate;
	}

	@Override
	public Iterator<PropertyWriter> properties() {
		return this.delegate.properties();
	}

	@Override
	public void acceptJsonFormatVisitor(JsonFormatVisitorWrapper visitor, JavaType type) {
		this.delegate.acceptJsonFormatVisitor(visitor, type);
	}

}
