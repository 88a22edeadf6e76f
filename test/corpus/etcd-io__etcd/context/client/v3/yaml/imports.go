// Import list of package yaml in client/v3/yaml of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package yaml

import (
	_ "crypto/tls"
	_ "crypto/x509"
	_ "go.etcd.io/etcd/client/pkg/v3/tlsutil"
	_ "go.etcd.io/etcd/client/v3"
	_ "os"
	_ "sigs.k8s.io/yaml"
)
