// Import list of package listener in registry/listener of distribution/distribution (the import blocks of its non-test files; no code kept)
package listener

import (
	_ "fmt"
	_ "github.com/coreos/go-systemd/v22/activation"
	_ "github.com/sirupsen/logrus"
	_ "net"
	_ "os"
	_ "time"
)
