// Import list of package reuseport in plugin/pkg/reuseport of coredns/coredns (the import blocks of its non-test files; no code kept)
package reuseport

import (
	_ "context"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "golang.org/x/sys/unix"
	_ "net"
	_ "syscall"
)
