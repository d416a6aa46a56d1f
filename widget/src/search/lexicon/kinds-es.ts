/**
 * Built-in Spanish kinds of things (../lexicon.ts, `kinds`), apart from the
 * synonym groups and rewrites of ./es.ts, which exports them with its own.
 */

/**
 * Countries, written as customers do (accentless, single words): a country
 * the FAQ does not name also says the words it uses for countries
 * (`means`, those the FAQ has): "¿enviáis a Portugal?" asks about
 * "¿A qué países hacen envíos?". Build time only, as the rest.
 */
const countries = {
  means: 'pais extranjero internacional',
  names: [
    'alemania andorra argentina australia austria belgica bolivia brasil canada chile china',
    'colombia corea croacia cuba dinamarca dominicana ecuador eeuu emiratos escocia espana',
    'filipinas finlandia francia grecia guatemala holanda honduras hungria india inglaterra',
    'irlanda islandia israel italia japon luxemburgo marruecos mexico nicaragua noruega panama',
    'paraguay peru polonia portugal rumania rusia suecia suiza ucrania uruguay usa venezuela',
  ].join(' '),
};

/**
 * Kinds of things a customer names where the FAQ says the kind (lexicon.ts,
 * `kinds`): countries, weather, music, instruments, sports, pets, illnesses,
 * ways to pay ("visa" is left out: it is also a travel visa), drinks,
 * allergens and dishes ("vino" is also "came", "pasta" money in Spain,
 * "carne" a folded "carné", "tacos" traffic jams in Chile: left out).
 * Only unambiguous members: "frío" and "calor" are left out, as a customer
 * cold at home asks about the heating; so are family members ("esposa"),
 * as "familiar" is also a family plan ("plan familiar").
 */
export const kinds = [
  countries,
  {
    means: 'pronostico clima meteorologico',
    names: 'llueve lloviendo llovera lluvia lluvioso nieve nieva nevando nevara paraguas sombrilla chubasquero impermeable chaqueta chamarra campera abrigo soleado nublado granizo tormenta',
  },
  {
    means: 'musica cancion playlist',
    names: 'jazz blues rock pop reggae reggaeton rap hiphop clasica metal punk salsa cumbia bachata merengue tango flamenco ranchera rancheras corridos boleros techno electronica',
  },
  {
    means: 'instrumento',
    names: 'guitarra violin violonchelo chelo cello piano saxofon saxo trompeta flauta ukelele acordeon contrabajo arpa clarinete trombon',
  },
  {
    means: 'deportivo deporte',
    names: 'bici bicicleta esquis esqui snowboard surf raqueta kayak canoa buceo parapente',
  },
  {
    means: 'mascota animal',
    names: 'perro perrito perrita perra gato gatito gatita gata hamster conejo loro pajaro tortuga huron cachorro',
  },
  {
    means: 'enfermedad preexistente cronica',
    names: 'diabetes diabetico diabetica hipertension hipertenso hipertensa asma asmatico asmatica cancer epilepsia artritis colesterol tiroides',
  },
  {
    means: 'forma pago',
    names: 'amex mastercard paypal bizum oxxo mercadopago zelle venmo klarna nequi daviplata yape plin',
  },
  {
    means: 'alcohol alcoholica alcoholicas',
    names: 'cerveza cervezas chela chelas birra birras tequila pisco fernet ron vodka whisky ginebra mezcal sidra champan cava licor aguardiente',
  },
  {
    means: 'alergia alergias alergeno alergenos intolerancia',
    names: 'celiaco celiaca celiacos celiaquia gluten tacc lactosa mani cacahuete cacahuate nueces marisco mariscos sesamo',
  },
  {
    means: 'comida',
    names: 'pizza pizzas hamburguesa hamburguesas sushi empanada empanadas burrito burritos ensalada sopa pollo helado postre arepa arepas tamales kebab ramen',
  },
];
