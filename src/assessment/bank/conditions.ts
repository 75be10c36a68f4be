/** Shown only when somebody does IT: questions about IT staff make no sense otherwise. */
export const SOMEBODY_DOES_IT = [{ question: 'it-who', in: ['dedicated', 'shared', 'contractor', 'side'] }] as const;
