FROM golang:1.26
RUN <<A <<-B <<"C" <<'D' cat /dev/fd/3
a
A
	b
	B
c $HOME
C
D
COPY <<EOF <<EOF2 /x
EOF
EOF2
RUN <<
RUN <<""
RUN <<EOF
