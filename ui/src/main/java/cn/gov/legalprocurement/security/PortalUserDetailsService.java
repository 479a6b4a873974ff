package cn.gov.legalprocurement.security;

import cn.gov.legalprocurement.user.PortalUser;
import cn.gov.legalprocurement.user.UserDirectory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Portal users and their roles, from the database; passwords are stored as hashes only. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserDirectory users;

    PortalUserDetailsService(UserDirectory users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        PortalUser user = users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.getUsername()).password(user.getPasswordHash()).disabled(!user.isEnabled())
                .authorities(user.getRoles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                .build();
    }
}
