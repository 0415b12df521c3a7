"""Lists the training-split pieces chosen for annotation, in order (see README, "Training-split
pieces"): the pieces of kind_texts.titled_articles holding a quotation mark or a reporting cue (the
development selection rule), minus those whose quotation marks do not pair up (the rebuild cut a
quotation there). For the second batch (after wt-82) it also prints each piece's position and
whether it is held out (every third position). Usage: python3 train_pieces.py KIND-TRAIN.tsv"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kind_texts

VERBS = ('detto', 'dichiarato', 'affermato', 'spiegato', 'sostenuto', 'annunciato', 'aggiunto',
         'sottolineato', 'riferito', 'commentato')
PARTICIPLE = '|'.join(v[:-1] + e for v in VERBS for e in 'oaie')
AUXILIARY = ('ha|hanno|abbiamo|ho|hai|avete|aveva|avevano|avrebbe|avrebbero|è|sono|era|erano|'
             'avere|aver|avendo|essere|stato|stata|stati|state')
# a compound past (one word may stand between auxiliary and participle), 'secondo' + capital,
# or a present-tense cue
CUE = re.compile(r'\b(?:%s)\s+(?:\w+\s+)?(?:%s)\b|\bsecondo\s+[A-ZÀ-Ý]|\b(?:dice|spiega|afferma|dichiara)\b'
                 % (AUXILIARY, PARTICIPLE))
FIRST_BATCH_LAST = 82


def has_mark(text):
    return '«' in text or '“' in text or text.count('"') >= 2


def marks_pair(text):
    return (text.count('«') == text.count('»') and text.count('“') == text.count('”')
            and text.count('"') % 2 == 0)


if __name__ == '__main__':
    pieces = kind_texts.titled_articles(sys.argv[1])
    position = 0
    for i, text in enumerate(pieces):
        if not (has_mark(text) or CUE.search(text)):
            continue
        if not marks_pair(text):
            print('wt-%d\tskipped: quotation marks do not pair up' % i)
            continue
        if i <= FIRST_BATCH_LAST:
            print('wt-%d\tfirst batch' % i)
            continue
        position += 1
        print('wt-%d\t%d\t%s' % (i, position, 'held out' if position % 3 == 0 else 'tuning'))
