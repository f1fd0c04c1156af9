/**
 * Indonesian words that say nothing about what to fix: function words, pronouns, everyday
 * chat fillers and their common spellings (yg, udah). Our own selection, kept short on purpose.
 * Negations are apart ({@link NEGATIONS}): alone they say nothing, but "tidak ramah" or
 * "belum datang" is exactly what a complaint is about, so they stay in phrases.
 */
const WORDS = `
ada adalah agak agar akan aku anda apa apakah atau bagi bahwa baru bisa buat dalam dan dari
dengan di dia ini itu jadi juga kali kalau kami kamu karena ke kita kok lagi lah lebih mau
masih memang mereka nya oleh pada para per pun saat saja sama sampai sangat saya se sebagai
sedang sekali semua sendiri seperti setelah sih sudah supaya tapi tetapi telah tentang
terlalu tersebut untuk yang ya yg dgn dg utk udah aja
banget deh dong kan nih tuh loh sy kak min admin mas mbak pak bu ibu bapak kakak
hal cukup biar begitu begini jika kalo klo tp krn karna jg sdh pernah harus bikin
sehingga namun hanya lalu kemudian nanti tadi
a an and are as at be but by for from has have i in is it its my not of on or so the this
to too very was we were with you your
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Negations, each spelling read as the word it stands for. */
export const NEGATIONS: ReadonlyMap<string, string> = new Map([
  ['tidak', 'tidak'], ['tdk', 'tidak'], ['ga', 'tidak'], ['gak', 'tidak'], ['nggak', 'tidak'], ['ngga', 'tidak'],
  ['enggak', 'tidak'], ['engga', 'tidak'], ['gk', 'tidak'], ['tak', 'tidak'], ['belum', 'belum'], ['blm', 'belum'],
  ['bukan', 'bukan'], ['jangan', 'jangan'],
]);
