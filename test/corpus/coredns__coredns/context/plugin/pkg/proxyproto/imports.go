// Import list of package proxyproto in plugin/pkg/proxyproto of coredns/coredns (the import blocks of its non-test files; no code kept)
package proxyproto

import (
	_ "bufio"
	_ "bytes"
	_ "errors"
	_ "fmt"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/hashicorp/golang-lru/v2/expirable"
	_ "github.com/pires/go-proxyproto"
	_ "net"
	_ "sync"
	_ "time"
)
