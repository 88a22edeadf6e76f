// Import list of package resolver in util/resolver of docker/buildx (the import blocks of its non-test files; no code kept)
package resolver

import (
	_ "crypto/tls"
	_ "crypto/x509"
	_ "github.com/containerd/containerd/v2/core/remotes/docker"
	_ "github.com/moby/buildkit/util/tracing"
	_ "github.com/pkg/errors"
	_ "net"
	_ "net/http"
	_ "runtime"
	_ "time"
)
