package org.isnad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** One trained linear-chain pass: feature weights per tag and tag-bigram transitions. */
final class LinearStage {
    final LongIntMap features;
    final float[] weights; // feature * T + tag
    final float[] trans;   // (prev + 1) * T + tag; row 0 = sentence start

    LinearStage(LongIntMap features, float[] weights, float[] trans) {
        this.features = features;
        this.weights = weights;
        this.trans = trans;
    }

    /** Emission scores per token and tag; {@code oPenalty} is subtracted from tag 0 (O). */
    float[] emissions(long[][] feats, int t, float oPenalty) {
        int n = feats.length;
        float[] emit = new float[n * t];
        for (int i = 0; i < n; i++) {
            emit[i * t] = -oPenalty;
            for (long f : feats[i]) {
                int idx = features.get(f);
                if (idx >= 0) {
                    int o = idx * t;
                    for (int y = 0; y < t; y++) {
                        emit[i * t + y] += weights[o + y];
                    }
                }
            }
        }
        return emit;
    }

    void write(DataOutputStream out) throws IOException {
        long[] keys = features.keysByValue();
        out.writeInt(keys.length);
        for (long k : keys) {
            out.writeLong(k);
        }
        for (float w : weights) {
            out.writeFloat(w);
        }
        out.writeInt(trans.length);
        for (float w : trans) {
            out.writeFloat(w);
        }
    }

    static LinearStage read(DataInputStream in, int t) throws IOException {
        int nf = in.readInt();
        LongIntMap map = new LongIntMap(nf);
        for (int i = 0; i < nf; i++) {
            map.put(in.readLong(), i);
        }
        float[] w = new float[nf * t];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.readFloat();
        }
        float[] tr = new float[in.readInt()];
        for (int i = 0; i < tr.length; i++) {
            tr[i] = in.readFloat();
        }
        return new LinearStage(map, w, tr);
    }
}
