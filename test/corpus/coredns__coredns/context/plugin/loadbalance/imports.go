// Import list of package loadbalance in plugin/loadbalance of coredns/coredns (the import blocks of its non-test files; no code kept)
package loadbalance

import (
	_ "bufio"
	_ "bytes"
	_ "context"
	_ "crypto/md5"
	_ "errors"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/miekg/dns"
	_ "io"
	_ "math/rand"
	_ "net"
	_ "os"
	_ "path/filepath"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
