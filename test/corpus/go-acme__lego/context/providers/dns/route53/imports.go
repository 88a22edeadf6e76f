// Import list of package route53 in providers/dns/route53 of go-acme/lego (the import blocks of its non-test files; no code kept)
package route53

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/aws/aws-sdk-go-v2/aws"
	_ "github.com/aws/aws-sdk-go-v2/aws/retry"
	_ "github.com/aws/aws-sdk-go-v2/config"
	_ "github.com/aws/aws-sdk-go-v2/credentials"
	_ "github.com/aws/aws-sdk-go-v2/credentials/stscreds"
	_ "github.com/aws/aws-sdk-go-v2/service/route53"
	_ "github.com/aws/aws-sdk-go-v2/service/route53/types"
	_ "github.com/aws/aws-sdk-go-v2/service/sts"
	_ "github.com/cenkalti/backoff/v5"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/ptr"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "math/rand/v2"
	_ "strings"
	_ "time"
)
