FROM golang:1.26
RUN --mount=type=cache,target= go build
RUN --mount=type=bind,source=../../../../etc,target=/etc go build
RUN --mount= --mount=type --mount=type=secret,id=,,,, --network=??? --security=insecure go build
RUN --mount=type=cache,target=/root/.cache/go-build,uid=-1,gid=x,mode=9999,sharing=weird go build
RUN --mount=type=tmpfs,size=999999999999999999999 go build
