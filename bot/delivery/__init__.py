"""One delivery layer for every platform: alerts and digests are decided here, sent by a small sender each.

decide  (``alerts``, ``digests``): in one write transaction, pick what a chat should be told and write
        it to the outbox (``db.outbox``) together with the state that made the decision (a follow's
        last seen article, a digest's next run, the facts told). Nothing is sent there.
send    (``dispatch``): claim due outbox rows of one platform, render, send through that platform's
        ``Sender`` (``senders``), mark sent / retry / failed; a blocked chat is paused.

A crash after the decision leaves a pending row, sent on the next round; a crash while sending leaves
a claimed row whose lease runs out, so it is sent again only if the platform never confirmed it.
"""
