/**
 * Built-in English kinds of things (../lexicon.ts, `kinds`), apart from the
 * synonym groups and rewrites of ./en.ts, which exports them with its own.
 */

/**
 * Countries, written as customers do (single words): a country the FAQ does
 * not name also says the words it uses for countries (`means`, those the FAQ
 * has): "do you ship to Portugal" asks "Which countries do you ship to?".
 * Build time only, as the rest.
 */
const countries = {
  means: 'country abroad international',
  names: [
    'argentina australia austria belgium bolivia brazil canada chile china colombia croatia cuba',
    'denmark dominican ecuador emirates england finland france germany greece guatemala holland',
    'honduras hungary iceland india ireland israel italy japan korea luxembourg mexico morocco',
    'netherlands nicaragua norway panama paraguay peru philippines poland portugal romania russia',
    'scotland spain sweden switzerland ukraine uruguay usa venezuela wales zealand',
  ].join(' '),
};

/**
 * Kinds of things a customer names where the FAQ says the kind (lexicon.ts,
 * `kinds`): countries, weather, music, instruments, sports, pets, illnesses,
 * ways to pay ("visa" is left out: it is also a travel visa), drinks,
 * allergens and dishes.
 * Only unambiguous members: "cold" and "warm" are left out, as a customer
 * cold at home asks about the heating; so are family members ("wife"), as
 * "family" is also a family plan.
 */
export const kinds = [
  countries,
  {
    means: 'weather forecast',
    names: 'rain raining rainy umbrella snow snowing snowy sunny cloudy windy stormy jacket coat raincoat sunscreen drizzle foggy hail',
  },
  {
    means: 'music song playlist',
    names: 'jazz blues rock pop reggae reggaeton rap hiphop classical metal punk salsa techno disco soul funk indie',
  },
  {
    means: 'instrument',
    names: 'guitar violin cello viola piano saxophone sax trumpet flute ukulele accordion harp clarinet trombone',
  },
  {
    means: 'sports sport',
    names: 'bike bicycle skis ski snowboard surfboard golf racket kayak canoe scuba paraglider',
  },
  {
    means: 'pet animal',
    names: 'dog puppy cat kitten hamster rabbit parrot bird tortoise ferret',
  },
  {
    means: 'condition illness disease chronic',
    names: 'diabetes diabetic hypertension asthma asthmatic cancer epilepsy arthritis cholesterol thyroid',
  },
  {
    means: 'payment method',
    names: 'amex mastercard paypal zelle venmo klarna afterpay',
  },
  {
    means: 'alcohol alcoholic',
    names: 'beer beers wine wines booze liquor vodka whisky whiskey rum tequila gin cider champagne prosecco',
  },
  {
    means: 'allergy allergies allergen allergens intolerance',
    names: 'peanut peanuts nuts gluten coeliac celiac lactose dairy shellfish sesame',
  },
  {
    means: 'food',
    names: 'pizza pizzas burger burgers burrito burritos sushi tacos curry soup salad fries noodles kebab sandwich sandwiches chicken',
  },
];
