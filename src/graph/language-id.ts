// What a language id looks like (issue 16): a BCP 47 language ("en", "ar"), or
// Dutch with a private-use variant ("nl-x-eenvoud", easy-read Dutch). One
// pattern for the content's languages file, the API's ?lang= and the tools.
export const LANGUAGE_ID = /^[a-z]{2,3}(-x-[a-z0-9]{1,8})?$/;
