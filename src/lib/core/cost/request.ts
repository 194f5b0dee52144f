import { m } from '../i18n/locale';
import type { CostFormatter } from './format';
import { describedItem, formulaItem } from './line-item';
import type { PerRequestBreakdown, ScenarioInputs } from './types';

const PER_MILLION = 1e6;

/** How a sum names a part of the prompt: "1,200 system". */
type TokenTerm = (inputs: { tokens: string }) => string;

/** "a + b + c" over the terms that are not zero; "0 tokens" when all are. */
function sumOfTerms(terms: readonly (readonly [number, TokenTerm])[], fmt: CostFormatter): string {
	const shown = terms.filter(([tokens]) => tokens !== 0);
	if (shown.length === 0) return m.cost_zero_tokens();
	return shown.map(([tokens, term]) => term({ tokens: fmt.count(tokens) })).join(' + ');
}

function inParentheses(sum: string): string {
	return sum.includes(' + ') ? `(${sum})` : sum;
}

/**
 * One request's cost. The cacheable prefix P = system + few-shot; with hit rate h, P·h is read from the cache
 * and P·(1−h) is sent again (billed at the cache-write price where the provider charges writes). Batch requests
 * take the discount off the token cost; retrieval is paid per request on top.
 */
export function computePerRequest(inputs: ScenarioInputs, fmt: CostFormatter): PerRequestBreakdown {
	const { systemTokens, fewShotTokens, contextTokens, userTokens, outputTokens, cacheHitRate } =
		inputs;
	const prefixTokens = systemTokens + fewShotTokens;
	const missedPrefixTokens = prefixTokens * (1 - cacheHitRate);
	const cachedTokens = prefixTokens * cacheHitRate;
	const uncachedTokens = missedPrefixTokens + contextTokens + userTokens;
	const billsCacheWrites = inputs.cacheWritePrice !== null;
	const tokensAtInputPrice = billsCacheWrites ? contextTokens + userTokens : uncachedTokens;

	const prefix = sumOfTerms(
		[
			[systemTokens, m.cost_term_system],
			[fewShotTokens, m.cost_term_few_shot]
		],
		fmt
	);
	const rest = sumOfTerms(
		[
			[contextTokens, m.cost_term_context],
			[userTokens, m.cost_term_user]
		],
		fmt
	);
	const missedPrefix =
		cacheHitRate === 0 ? prefix : `${inParentheses(prefix)} × (1 − ${fmt.percent(cacheHitRate)})`;
	const uncachedFormula =
		prefixTokens === 0
			? rest
			: contextTokens + userTokens === 0
				? missedPrefix
				: `${missedPrefix} + ${rest}`;

	/** Tokens at a price, "× $3.75 write" for the cache-write price. */
	const priced = (tokens: number, price: number, write = false) =>
		write
			? m.cost_priced_write({ tokens: fmt.count(tokens), price: fmt.money(price) })
			: `${fmt.count(tokens)} × ${fmt.money(price)}`;
	const costOf = (tokens: number, price: number, write = false) =>
		formulaItem((tokens * price) / PER_MILLION, 'usd', `${priced(tokens, price, write)} / 1M`, fmt);

	const inputCost = costOf(tokensAtInputPrice, inputs.inputPrice);
	const cacheWriteCost =
		inputs.cacheWritePrice === null
			? null
			: costOf(missedPrefixTokens, inputs.cacheWritePrice, true);
	const cachedInputCost = costOf(cachedTokens, inputs.cachedInputPrice);
	const outputCost = costOf(outputTokens, inputs.outputPrice);

	const tokenTerms: [number, number, boolean][] = [
		[tokensAtInputPrice, inputs.inputPrice, false],
		[billsCacheWrites ? missedPrefixTokens : 0, inputs.cacheWritePrice ?? 0, true],
		[cachedTokens, inputs.cachedInputPrice, false],
		[outputTokens, inputs.outputPrice, false]
	];
	const shownTerms = tokenTerms.filter(([tokens]) => tokens !== 0);
	const tokenCostValue =
		inputCost.value + (cacheWriteCost?.value ?? 0) + cachedInputCost.value + outputCost.value;
	const tokenFormula =
		shownTerms.length === 0
			? m.cost_zero_tokens()
			: `${inParentheses(shownTerms.map(([t, p, write]) => priced(t, p, write)).join(' + '))} / 1M`;
	const tokenCost = formulaItem(tokenCostValue, 'usd', tokenFormula, fmt);

	const batchShareOff = inputs.batchShare * inputs.batchDiscount;
	const batchSaving =
		batchShareOff === 0
			? null
			: formulaItem(
					tokenCostValue * batchShareOff,
					'usd',
					m.cost_batch_saving({
						cost: fmt.money(tokenCostValue),
						share: fmt.percent(inputs.batchShare),
						discount: fmt.percent(inputs.batchDiscount)
					}),
					fmt
				);
	const retrieval = inputs.retrievalCostPerRequest;
	const retrievalCost =
		retrieval === 0 ? null : describedItem(retrieval, 'usd', m.cost_retrieval_per_request(), fmt);

	const costPerRequestValue = tokenCostValue * (1 - batchShareOff) + retrieval;
	let costFormula = tokenFormula;
	if (batchSaving || retrievalCost) {
		costFormula = fmt.money(tokenCostValue);
		if (batchSaving) {
			costFormula += ` × (1 − ${fmt.percent(inputs.batchShare)} × ${fmt.percent(inputs.batchDiscount)})`;
		}
		if (retrievalCost)
			costFormula += ` + ${m.cost_term_retrieval({ value: fmt.money(retrieval) })}`;
	}
	const costPerRequest = formulaItem(costPerRequestValue, 'usd', costFormula, fmt);

	return {
		uncachedInputTokens: formulaItem(uncachedTokens, 'tokens', uncachedFormula, fmt),
		cachedInputTokens: formulaItem(
			cachedTokens,
			'tokens',
			`${inParentheses(prefix)} × ${fmt.percent(cacheHitRate)}`,
			fmt
		),
		inputCost,
		cacheWriteCost,
		cachedInputCost,
		outputCost,
		tokenCost,
		batchSaving,
		retrievalCost,
		costPerRequest,
		costPer1k: formulaItem(
			costPerRequestValue * 1000,
			'usd',
			`${fmt.money(costPerRequestValue)} × ${fmt.count(1000)}`,
			fmt
		)
	};
}
