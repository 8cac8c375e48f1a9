dir1_q
