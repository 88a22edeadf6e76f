// Import list of package systemd in client/pkg/systemd of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package systemd

import (
	_ "net"
)
