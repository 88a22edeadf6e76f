// Import list of package ssh in test/e2e/pkg/ssh of fatedier/frp (the import blocks of its non-test files; no code kept)
package ssh

import (
	_ "github.com/fatedier/golib/io"
	_ "golang.org/x/crypto/ssh"
	_ "net"
)
