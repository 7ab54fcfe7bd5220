package nl.gemeente.participatie.rules.impact;

import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider.CompositeFunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Camunda's FEEL engine as the DMN engine uses it ({@link ScalaFeelEngine}: the same parser,
 * validation, interpreter, built-in functions and value mappers), made fit for evaluating one
 * decision tens of thousands of times:
 *
 * <ul>
 *   <li>each expression text is parsed and validated once, not at every evaluation;
 *   <li>the built-in functions are created once. FEEL 1.19.3 (Camunda 7.24.0) creates all of them
 *       for every single expression it evaluates; 1.19.4 went back to creating them once
 *       (camunda/feel-scala "perf: revert rootContext to val"). This class evaluates as 1.19.4 does:
 *       a fresh context (and failure collector) per evaluation over the shared built-ins.
 * </ul>
 *
 * Decision {@code eligibility} with its requirements: about 3 ms an evaluation with the default
 * engine, well under 0.1 ms with this one.
 */
final class CachingFeelEngine extends ScalaFeelEngine {

  private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();
  private final ValueMapper valueMapper;
  private final FeelInterpreter interpreter;
  private final EvalContext rootContext;

  CachingFeelEngine() {
    super(List.of());
    valueMapper = feelEngine.valueMapper();
    interpreter = new FeelInterpreter(valueMapper);
    rootContext = EvalContext.create(valueMapper, new CompositeFunctionProvider(toScalaList(
        new BuiltinFunctions(feelEngine.clock(), valueMapper), feelEngine.functionProvider())));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
    return (T) evaluate(parsed, new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new ContextVariableWrapper(variableContext);
      }
    });
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
    StaticVariableProvider input = new StaticVariableProvider(
        new camundajar.impl.scala.collection.immutable.Map.Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable));
    ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
    return BoxesRunTime.unboxToBoolean(evaluate(parsed, new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new CompositeVariableProvider(toScalaList(input, variables));
      }
    }));
  }

  /** As {@code FeelEngine.evaluate} of FEEL 1.19.4, without validating the expression again. */
  private Object evaluate(ParsedExpression parsed, Context variables) {
    EvalContext context = EvalContext.empty(valueMapper).merge(rootContext).merge(variables);
    Val value;
    try {
      value = interpreter.eval(parsed.expression(), context);
    } catch (RuntimeException e) {
      throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "' : " + e);
    }
    camundajar.impl.scala.collection.Iterator<EvaluationFailure> failures = context.failureCollector().failures().iterator();
    while (failures.hasNext()) {
      EvaluationFailure failure = failures.next();
      if (failure.failureType() == EvaluationFailureType.ASSERT_FAILURE$.MODULE$) {
        throw LOGGER.evaluationException(
            "Assertion failure on evaluate the expression '" + parsed.text() + "': " + failure.failureMessage());
      }
    }
    if (value instanceof ValError error) {
      throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "': " + error.error());
    }
    if (value instanceof ValFatalError error) {
      throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "': " + error.error());
    }
    return valueMapper.unpackVal(value);
  }

  private static ParsedExpression parsed(Map<String, ParsedExpression> cache, String text,
      Function<String, Either<Failure, ParsedExpression>> parser) {
    return cache.computeIfAbsent(text, t -> {
      Either<Failure, ParsedExpression> result = parser.apply(t);
      if (result instanceof Left<Failure, ParsedExpression> left) {
        throw LOGGER.evaluationException(left.value().message());
      }
      return result.toOption().get();
    });
  }
}
