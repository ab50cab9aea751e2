package no.fakturaflyt.platform;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.joda.time.DateTime;

/**
 * The only properties and methods an expression reaches beyond variables, maps and lists, whenever it runs (so also
 * in a model deployed before {@link ModelDeploymentGuard} checked models, and in Tasklist's filters): the business key
 * and instance id of the execution, date arithmetic on {@code dateTime()}, and the decision result of a business rule
 * task. Each is called here by name on a value of the expected type; nothing is looked up by reflection, so no
 * expression reaches {@code getClass()} or any other method of an arbitrary object.
 */
class ModelElResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base instanceof DelegateExecution execution && property instanceof String name
                && ModelExpressionCheck.EXECUTION_PROPERTIES.contains(name)) {
            context.setPropertyResolved(true);
            return "processBusinessKey".equals(name) ? execution.getProcessBusinessKey()
                    : execution.getProcessInstanceId();
        }
        return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (!(method instanceof String name)) {
            return null;
        }
        Object[] args = params == null ? new Object[0] : params;
        Object result;
        if (base instanceof DateTime date && ModelExpressionCheck.DATE_TIME_METHODS.contains(name)) {
            result = dateArithmetic(date, name, args);
        } else if (base instanceof DmnDecisionResult decision && args.length == 0
                && ModelExpressionCheck.DECISION_RESULT_METHODS.contains(name)) {
            result = "getSingleResult".equals(name) ? decision.getSingleResult() : decision.getFirstResult();
        } else if (base instanceof DmnDecisionResultEntries entries && "get".equals(name) && args.length == 1) {
            result = entries.get(String.valueOf(args[0]));
        } else {
            return null;   // not resolved: the expression fails with "method not found"
        }
        context.setPropertyResolved(true);
        return result;
    }

    private static Object dateArithmetic(DateTime date, String name, Object[] args) {
        if ("toDate".equals(name)) {
            if (args.length != 0) {
                throw new ELException("toDate() takes no argument");
            }
            return date.toDate();
        }
        if (args.length != 1 || !(args[0] instanceof Number number)) {
            throw new ELException(name + "() takes one number");
        }
        int amount = number.intValue();
        return switch (name) {
            case "plusYears" -> date.plusYears(amount);
            case "plusMonths" -> date.plusMonths(amount);
            case "plusWeeks" -> date.plusWeeks(amount);
            case "plusDays" -> date.plusDays(amount);
            case "plusHours" -> date.plusHours(amount);
            case "plusMinutes" -> date.plusMinutes(amount);
            case "plusSeconds" -> date.plusSeconds(amount);
            case "minusYears" -> date.minusYears(amount);
            case "minusMonths" -> date.minusMonths(amount);
            case "minusWeeks" -> date.minusWeeks(amount);
            case "minusDays" -> date.minusDays(amount);
            case "minusHours" -> date.minusHours(amount);
            case "minusMinutes" -> date.minusMinutes(amount);
            case "minusSeconds" -> date.minusSeconds(amount);
            default -> throw new ELException("No date arithmetic " + name);
        };
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // nothing is written through an expression
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof DelegateExecution ? String.class : null;
    }
}
