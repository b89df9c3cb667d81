import { writeSyntheticDeck } from './bench/synthetic.ts';
writeSyntheticDeck('/tmp/pbench', 'd40', 40); writeSyntheticDeck('/tmp/pbench', 'd400', 400);
