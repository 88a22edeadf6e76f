// Import list of package test in plugin/test of coredns/coredns (the import blocks of its non-test files; no code kept)
package test

import (
	_ "bufio"
	_ "context"
	_ "fmt"
	_ "github.com/miekg/dns"
	_ "github.com/prometheus/client_model/go"
	_ "github.com/prometheus/common/expfmt"
	_ "google.golang.org/protobuf/encoding/protodelim"
	_ "io"
	_ "mime"
	_ "net"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "testing"
)
