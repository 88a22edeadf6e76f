FROM golang:1.26
RUN echo "unterminated
RUN echo 'also
RUN $(echo `nested $(deep "quote)`)
RUN ((((((((((
RUN ))))))
RUN && || ; ;; & | |& >& <<< <(x) >(y)
RUN go build -ldflags="-X main.v=${V:-$(git describe)}" ./... ; CGO_ENABLED=1 go build &
RUN case $x in a) ;; esac; if then fi; for do done; { }
RUN a=b c=d e= go build
RUN \
