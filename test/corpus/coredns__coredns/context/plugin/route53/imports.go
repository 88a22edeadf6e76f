// Import list of package route53 in plugin/route53 of coredns/coredns (the import blocks of its non-test files; no code kept)
package route53

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/aws/aws-sdk-go-v2/aws"
	_ "github.com/aws/aws-sdk-go-v2/config"
	_ "github.com/aws/aws-sdk-go-v2/credentials"
	_ "github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	_ "github.com/aws/aws-sdk-go-v2/service/route53"
	_ "github.com/aws/aws-sdk-go-v2/service/route53/types"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/file"
	_ "github.com/coredns/coredns/plugin/pkg/fall"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/coredns/coredns/plugin/pkg/upstream"
	_ "github.com/coredns/coredns/request"
	_ "github.com/miekg/dns"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
